// Package oserr words operating-system errors in Chinese for messages:
// "no such file or directory" means nothing to a clerk.
package oserr

import (
	"errors"
	"io/fs"
	"net"
	"os"
	"syscall"
)

// Reason returns why an operation failed, in Chinese, without the
// operation and path an *fs.PathError repeats (messages name the file
// themselves).
func Reason(err error) string {
	switch {
	case err == nil:
		return ""
	case errors.Is(err, fs.ErrNotExist):
		return "不存在"
	case errors.Is(err, fs.ErrPermission):
		return "没有权限（请检查文件的读写权限）"
	case errors.Is(err, syscall.ENOTDIR):
		return "路径中有一项不是目录"
	case errors.Is(err, syscall.EISDIR):
		return "是目录"
	case errors.Is(err, syscall.ELOOP):
		return "符号链接循环"
	case errors.Is(err, syscall.EROFS):
		return "所在的文件系统只读"
	case errors.Is(err, syscall.ENOSPC):
		return "磁盘空间不足"
	case errors.Is(err, syscall.EDQUOT):
		return "超出磁盘配额"
	case errors.Is(err, fs.ErrExist):
		return "已存在"
	case errors.Is(err, syscall.ENAMETOOLONG):
		return "路径过长"
	case errors.Is(err, syscall.EADDRINUSE):
		return "地址和端口已被占用"
	case errors.Is(err, syscall.EADDRNOTAVAIL):
		return "本机没有这个地址"
	case errors.Is(err, syscall.EXDEV):
		return "不在同一文件系统上"
	}
	var dns *net.DNSError
	if errors.As(err, &dns) {
		return "无法解析主机名 " + dns.Name
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		err = le.Err
	}
	var oe *net.OpError
	if errors.As(err, &oe) {
		err = oe.Err
	}
	return err.Error()
}
